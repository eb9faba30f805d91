using Microsoft.AspNetCore.Diagnostics;

namespace BalkanMeetings.Web.Infrastructure;

public static class StatusPages
{
    /// <summary>
    /// A refused POST is re-executed to its status page as a GET: the page is only read, and the form that was
    /// refused (a bad antiforgery token, say) must not be read again on the way.
    /// </summary>
    public static IApplicationBuilder ShowStatusPagesAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
}
