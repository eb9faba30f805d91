using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Accounts;

namespace BalkanMeetings.Web.Features.Editing;

public static class EditingServices
{
    /// <summary>The record editor with every kind of record editors correct, and the current editor.</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddSingleton<EditableRecord, MeetingRecord>();
        services.AddScoped<RecordEditor>();
        services.AddScoped<PersonMerger>();
        services.AddScoped<MeetingMerger>();
        services.AddScoped<MeetingSplitter>();
        services.AddScoped<CurrentEditor>();
        return services;
    }
}
