using Microsoft.AspNetCore.Antiforgery;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// A form posted without a valid antiforgery token is refused with 403 and the site's own explanation, before any
/// page sees it, instead of the framework's plain 400.
/// </summary>
public static class AntiforgeryRefusal
{
    public static IApplicationBuilder RefuseFormsWithoutAntiforgeryToken(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The status page that explains the refusal is the same request re-executed as a GET; it passes.
            if (!HttpMethods.IsGet(context.Request.Method) && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } refused)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AntiforgeryRefusal))
                    .LogWarning("Form to {Path} refused: {Reason}", context.Request.Path, refused.Error?.Message);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });
}
