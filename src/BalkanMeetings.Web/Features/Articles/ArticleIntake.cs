using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Reference;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;

namespace BalkanMeetings.Web.Features.Articles;

/// <summary>
/// Opens <see cref="SingleArticleImport"/> for a request: the reference data as the database holds it (editors'
/// corrections included) over the reference files of the seeds folder, which are read once.
/// </summary>
public sealed class ArticleIntake(BalkanMeetingsDbContext db, ArticleIntake.ReferenceFiles files, ILoggerFactory loggers, TimeProvider clock)
{
    /// <summary>The import of one article; null when the app has no seeds folder with the reference data to read it by.</summary>
    public async Task<SingleArticleImport?> OpenAsync(CancellationToken cancellationToken)
    {
        if (await files.LoadAsync(cancellationToken) is not { } set)
        {
            return null;
        }

        var reference = new ReferenceIndex(await new ReferenceStore(db).LoadAsync(set, cancellationToken));
        return new SingleArticleImport(db, reference, loggers.CreateLogger<SingleArticleImport>(), clock);
    }

    /// <summary>The reference files, read on first use and kept: they change only with a new release of the app.</summary>
    public sealed class ReferenceFiles(IConfiguration configuration)
    {
        private readonly Lazy<Task<ReferenceSet?>> _set = new(() => ReadAsync(configuration));

        public Task<ReferenceSet?> LoadAsync(CancellationToken cancellationToken) => _set.Value.WaitAsync(cancellationToken);

        private static async Task<ReferenceSet?> ReadAsync(IConfiguration configuration) =>
            AppPaths.SeedsFolder(configuration) is { } seeds
                ? await Core.Reference.ReferenceFiles.LoadAsync(AppPaths.ReferenceFolder(seeds), CancellationToken.None)
                : null;
    }
}

public static class ArticleIntakeServices
{
    public static IServiceCollection AddArticleIntake(this IServiceCollection services)
    {
        services.AddSingleton<ArticleIntake.ReferenceFiles>();
        services.AddScoped<ArticleIntake>();
        return services;
    }

    /// <summary>
    /// A post larger than its endpoint's limit (<see cref="IRequestSizeLimitMetadata"/>, such as the add-an-article
    /// page's) is answered 413, with the site's page saying so, before anything reads its body: the antiforgery check
    /// would otherwise read it all, and fail it as a forged form.
    /// </summary>
    public static IApplicationBuilder RefuseOversizedBodies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit }
                && context.Request.ContentLength > limit)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArticleIntakeServices))
                    .LogWarning("Post to {Path} refused: {Length} bytes, over the limit of {Limit}", context.Request.Path, context.Request.ContentLength, limit);
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next(context);
        });
}
