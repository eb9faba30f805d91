using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Review;
using BalkanMeetings.Web.Features.Accounts;

namespace BalkanMeetings.Web.Features.Editing;

public static class EditingServices
{
    /// <summary>The record editor with every kind of record editors correct, the revision history, and the current editor.</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddSingleton<EditableRecord, MeetingRecord>();
        services.AddSingleton<EditableRecord, PersonRecord>();
        services.AddSingleton<EditableRecord, TopicRecord>();
        services.AddSingleton<EditableRecord, InitiativeRecord>();
        services.AddSingleton<EditableRecord, FlagRecord>();
        services.AddScoped<ReviewQueueQuery>();
        services.AddScoped<FlagReviewQuery>();
        services.AddOptions<EditingOptions>().BindConfiguration(EditingOptions.Section);
        services.AddSingleton<EditableRecords>();
        services.AddScoped<RevisionWriter>();
        services.AddScoped<RecordEditor>();
        services.AddScoped<RevisionReverter>();
        services.AddScoped<RecordRestructurer>();
        services.AddScoped<RevisionHistory>();
        services.AddScoped<PersonMerger>();
        services.AddScoped<MeetingMerger>();
        services.AddScoped<MeetingSplitter>();
        services.AddScoped<CurrentEditor>();
        return services;
    }
}
