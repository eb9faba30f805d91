namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// The headers every response carries (NetEscapades.AspNetCore.SecurityHeaders): a Content-Security-Policy that allows
/// only the site's own style sheet and images and no script at all, no framing, no MIME sniffing, and the origin only
/// as referrer to other sites. Article text is untrusted; the policy is the second wall behind the encoding.
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy() =>
        new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().None();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().None();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            })
            .RemoveServerHeader();
}
