using Linkwell.Web.Features.Shared;

namespace Linkwell.Web.Features.Directory.Manage;

/// <summary>The words the directory manager's pages use for schedules, times, import states and sources.</summary>
public static class ManageText
{
    /// <summary>How often a feed can be synced, in hours, as offered on the feed form.</summary>
    public static readonly IReadOnlyList<(int Hours, string Text)> Schedules =
        [(1, "Every hour"), (6, "Every 6 hours"), (12, "Every 12 hours"), (24, "Every day"), (168, "Every week")];

    public static string Every(TimeSpan every) =>
        Schedules.FirstOrDefault(s => s.Hours == every.TotalHours).Text ?? $"Every {every.TotalHours:0.#} hours";

    public static string When(DateTime? utc) => utc is { } at ? UkTime.Format(at) : "Never";

    public static string State(DirectoryImportState state) => state switch
    {
        DirectoryImportState.Running => "Running",
        DirectoryImportState.Succeeded => "Finished",
        _ => "Failed",
    };

    /// <summary>The NHS tag colour for an import's state.</summary>
    public static string StateTag(DirectoryImportState state) => state switch
    {
        DirectoryImportState.Running => "nhsuk-tag--blue",
        DirectoryImportState.Succeeded => "nhsuk-tag--green",
        _ => "nhsuk-tag--red",
    };
}
