namespace BalkanMeetings.Web.Features.Api;

/// <summary>Anyone may read the API from any site (CORS), and a cache may keep a successful answer briefly.</summary>
internal sealed class PublicReadOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var response = context.HttpContext.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.CacheControl = MeetingApi.CacheControl;
            }

            return Task.CompletedTask;
        });
        return await next(context);
    }
}
