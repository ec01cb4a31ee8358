using System.Text;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Features.Directory.Owners;

/// <summary>A listing named in a reminder, with how fresh it is.</summary>
public sealed record StaleListing(string Name, Freshness Freshness);

/// <summary>
/// The e-mails of keeping listings fresh, queued in the caller's unit of work (the outbox). They name
/// services and organizations only; links use the configured public address.
/// </summary>
public sealed class OwnerMail(AppDbContext db, EmailOutbox outbox, UserManager<LinkwellUser> users, ListingFreshness freshness, IOptions<EmailOptions> options)
{
    private const string Footer = "This message was sent by Linkwell. Please do not reply to it.";

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The e-mail addresses of an organization's owners.</summary>
    public async Task<List<string>> OwnersOfAsync(string? organizationId, CancellationToken ct) =>
        organizationId is null
            ? []
            : await db.Users.AsNoTracking().Where(u => u.DirectoryOrganizationId == organizationId && u.Email != null)
                .OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct);

    public async Task<List<string>> DirectoryManagersAsync() =>
        [.. (await users.GetUsersInRoleAsync(Roles.DirectoryManager)).Select(u => u.Email).OfType<string>().Order(StringComparer.Ordinal)];

    public void ChangeRequested(DirectoryChangeRequest request, IEnumerable<string> managers)
    {
        var body = new StringBuilder()
            .AppendLine($"A change to the listing \"{request.ServiceName}\" is waiting for a directory manager to approve or reject it.")
            .AppendLine()
            .AppendLine($"It changes: {string.Join(", ", ListingDetails.Differences(request.Before, request.Proposed).Select(p => p.Label.ToLowerInvariant()))}.")
            .AppendLine($"Review it (sign in needed): {BaseUrl}/Directory/Changes/{request.Id}")
            .AppendLine()
            .AppendLine(Footer)
            .ToString();
        foreach (var to in managers)
        {
            outbox.Enqueue(db, to, $"Listing change to approve: {request.ServiceName}", body);
        }
    }

    public void Decided(DirectoryChangeRequest request)
    {
        var approved = request.State == ChangeRequestState.Approved;
        var body = new StringBuilder()
            .AppendLine($"Hello {request.RequestedByName},")
            .AppendLine()
            .AppendLine(approved
                ? $"Your change to the listing \"{request.ServiceName}\" has been approved. Link workers see it now."
                : $"Your change to the listing \"{request.ServiceName}\" has not been approved.")
            .AppendLine(approved ? string.Empty : $"The directory manager's reason: {request.Reason}")
            .AppendLine()
            .AppendLine($"Your listings: {BaseUrl}/Directory/Mine")
            .AppendLine()
            .AppendLine(Footer)
            .ToString();
        outbox.Enqueue(db, request.RequestedByEmail, $"Listing change {(approved ? "approved" : "not approved")}: {request.ServiceName}", body);
    }

    public void Reported(DirectoryReport report, IEnumerable<string> recipients, bool toOwners)
    {
        var what = report.Kind == ReportKind.Closed ? "has closed" : "has details that are wrong";
        var body = new StringBuilder()
            .AppendLine($"{report.ReportedByName} says the listing \"{report.ServiceName}\" {what}.")
            .AppendLine()
            .AppendLine(report.Note is null ? "They left no note." : $"Their note: {report.Note}")
            .AppendLine()
            .AppendLine(toOwners
                ? $"Check the listing, change it or confirm it is still correct: {BaseUrl}/Directory/Mine"
                : $"The listing has no owner in Linkwell. See the report: {BaseUrl}/Directory/Changes")
            .AppendLine()
            .AppendLine(Footer)
            .ToString();
        foreach (var to in recipients)
        {
            outbox.Enqueue(db, to, $"Listing reported: {report.ServiceName}", body);
        }
    }

    public void Remind(string to, IReadOnlyList<StaleListing> listings)
    {
        var body = new StringBuilder()
            .AppendLine(listings.Count == 1
                ? "This listing has not been confirmed for a while:"
                : "These listings have not been confirmed for a while:")
            .AppendLine();
        foreach (var listing in listings)
        {
            var confirmed = listing.Freshness.ConfirmedOn is { } on ? $"last confirmed {UkTime.FormatDate(on)}" : "never confirmed";
            var hidden = listing.Freshness.Hidden
                ? listing.Freshness.HiddenSince is { } since ? $"; hidden from link workers' search since {UkTime.FormatDate(since)}" : "; hidden from link workers' search"
                : string.Empty;
            body.AppendLine($"- {listing.Name} ({confirmed}{hidden})");
        }

        body.AppendLine()
            .AppendLine($"Link workers are warned when a listing has not been confirmed for {freshness.FlagAfterMonths} months, and after {freshness.HideAfterMonths} months it leaves their search.")
            .AppendLine($"If the details are still correct, say so in one click; if not, change them: {BaseUrl}/Directory/Mine")
            .AppendLine()
            .AppendLine(Footer);
        outbox.Enqueue(db, to, listings.Count == 1 ? $"Is your listing still correct? {listings[0].Name}" : $"Are your {listings.Count} listings still correct?", body.ToString());
    }
}
