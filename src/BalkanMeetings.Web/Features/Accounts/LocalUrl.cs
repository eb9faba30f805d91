namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>Return addresses after sign-in: only paths of this site, so a link cannot send an editor elsewhere.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is ['/', not '/' and not '\\', ..] or "/" && Uri.IsWellFormedUriString(url, UriKind.Relative) ? url : "/";
}
