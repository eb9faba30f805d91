using Microsoft.AspNetCore.Http.Features;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// HEAD gets the headers GET would, with no body (RFC 9110, 9.3.2). Endpoints are mapped for GET only, so a HEAD
/// request is routed as a GET and whatever the endpoint writes is dropped.
/// </summary>
public static class HeadRequests
{
    /// <summary>Register before routing, so the GET endpoint is the one chosen.</summary>
    public static IApplicationBuilder AnswerHeadLikeGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            var discard = new StreamResponseBodyFeature(Stream.Null, body);
            context.Features.Set<IHttpResponseBodyFeature>(discard);
            context.Request.Method = HttpMethods.Get;
            try
            {
                await next(context);
                await discard.CompleteAsync();
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
                context.Features.Set(body);
            }
        });
}
