using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Audit;

/// <summary>The filters, as typed: kept as strings so a mistake comes back as typed.</summary>
public sealed class AuditFilter
{
    public DateParts From { get; set; } = new();

    public DateParts To { get; set; } = new();

    public string? Actor { get; set; }

    public string? Action { get; set; }

    public string? RecordType { get; set; }

    public string? RecordId { get; set; }
}

/// <summary>
/// The audit trail of the manager's own scheme: who did what to which record, newest first, and whether
/// the hash chain still holds. Looking at the audit is itself audited.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit) : FormPage
{
    public const int PageSize = 100;

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    [BindProperty(Name = "pageNumber", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Null when the chain is intact; otherwise the first entry that does not fit.</summary>
    public long? BreakAt { get; private set; }

    public List<SelectListItem> Actors { get; private set; } = [];

    public static List<SelectListItem> Actions() =>
        [new("Any action", string.Empty), .. Enum.GetValues<AuditAction>().Select(a => new SelectListItem(a.ToString(), a.ToString()))];

    public static string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, UkTime).ToString("d MMM yyyy HH:mm:ss");

    public async Task OnGetAsync()
    {
        var schemeId = User.SchemeId()!.Value;
        var entries = Apply(db.AuditEntries.AsNoTracking().Where(e => e.SchemeId == schemeId));
        PageNumber = Math.Max(1, PageNumber);
        Total = await entries.CountAsync();
        Entries = await entries.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        Actors = [new("Anyone", string.Empty), .. await db.AuditEntries.Where(e => e.SchemeId == schemeId)
            .GroupBy(e => e.ActorId).Select(g => new { g.Key, Name = g.Max(e => e.ActorName) })
            .OrderBy(a => a.Name).Select(a => new SelectListItem(a.Name, a.Key)).ToListAsync()];

        // Walks the whole table: fine at today's sizes; a stored checkpoint will be needed as it grows.
        BreakAt = await AuditLog.FindBreakAsync(db, HttpContext.RequestAborted);
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "Audit", null, AuditOutcome.Success, $"page {PageNumber}, {Total} entries"), HttpContext.RequestAborted);
    }

    public string PageLink(int page) =>
        Url.Page("/Audit/Index", null, new Dictionary<string, object?>
        {
            ["Filter.From.Day"] = Filter.From.Day, ["Filter.From.Month"] = Filter.From.Month, ["Filter.From.Year"] = Filter.From.Year,
            ["Filter.To.Day"] = Filter.To.Day, ["Filter.To.Month"] = Filter.To.Month, ["Filter.To.Year"] = Filter.To.Year,
            ["Filter.Actor"] = Filter.Actor, ["Filter.Action"] = Filter.Action,
            ["Filter.RecordType"] = Filter.RecordType, ["Filter.RecordId"] = Filter.RecordId, ["pageNumber"] = page,
        })!;

    private IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (ReadDate(Filter.From, "Filter.From", "from") is { } from)
        {
            var fromUtc = ToUtc(from);
            entries = entries.Where(e => e.AtUtc >= fromUtc);
        }

        if (ReadDate(Filter.To, "Filter.To", "to") is { } to)
        {
            // "To" includes the whole of that day.
            var toUtc = ToUtc(to.AddDays(1));
            entries = entries.Where(e => e.AtUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(Filter.Actor))
        {
            entries = entries.Where(e => e.ActorId == Filter.Actor);
        }

        if (Enum.TryParse<AuditAction>(Filter.Action, out var action))
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Filter.RecordType))
        {
            var type = Filter.RecordType.Trim();
            entries = entries.Where(e => e.RecordType == type);
        }

        if (!string.IsNullOrWhiteSpace(Filter.RecordId))
        {
            var id = Filter.RecordId.Trim();
            entries = entries.Where(e => e.RecordId == id);
        }

        return entries;
    }

    private DateOnly? ReadDate(DateParts parts, string field, string which)
    {
        if (parts.IsEmpty)
        {
            return null;
        }

        if (DateOnly.TryParseExact(parts.ToIso(), "yyyy-MM-dd", out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, $"The {which} date must be a real date, like 27 3 2026.");
        return null;
    }

    private static DateTime ToUtc(DateOnly ukDate) =>
        TimeZoneInfo.ConvertTimeToUtc(ukDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), UkTime);
}
