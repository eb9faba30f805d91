using System.Data.Common;
using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Web.Tests.Site;

/// <summary>
/// A write outside the edit forms (here an account's sign-out, which renews its security stamp) that the database
/// refuses, busy or full, is answered as such on the error page, never as an unexplained failure.
/// </summary>
public sealed class UnwrittenChangeTests
{
    [Theory]
    [InlineData(5, HttpStatusCode.ServiceUnavailable, "busy with other changes")]
    [InlineData(13, HttpStatusCode.InsufficientStorage, "the server's disk is full")]
    public async Task A_sign_out_the_database_refuses_says_nothing_was_changed_and_why(int sqliteError, HttpStatusCode expected, string reason)
    {
        var refusal = new RefusedAccountWrites();
        await using var app = new AppFactory { Environment = "Production", Interceptors = [refusal] };
        using var session = await EditorSession.SignInAsync(app);
        refusal.Error = sqliteError;

        using var refused = await session.PostFormAsync("/", "sign-out", []);

        Assert.Equal(expected, refused.StatusCode);
        Assert.Equal(expected == HttpStatusCode.ServiceUnavailable, refused.Headers.RetryAfter is not null);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Equal("Nothing was changed", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(reason, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    // Refuses every write to the accounts with the SQLite error a busy database (5) or a full disk (13) gives.
    private sealed class RefusedAccountWrites : DbCommandInterceptor
    {
        public int? Error { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Refuse(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Refuse(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Refuse(DbCommand command)
        {
            if (Error is { } error && command.CommandText.Contains("UPDATE \"AspNetUsers\"", StringComparison.Ordinal))
            {
                throw new SqliteException("The write was refused.", error);
            }
        }
    }
}
