using System.Security.Cryptography;
using System.Text.Json;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Features.Referrals;

/// <summary>The referral's public shape in the API, mapped by hand.</summary>
public sealed record ReferralSummary(
    Guid Id,
    string Reference,
    ReferralStatus Status,
    DateTime ReceivedUtc,
    DateTime? AcceptedUtc,
    DateTime? FirstContactUtc,
    DateTime? ClosedUtc,
    bool PossibleDuplicate,
    IReadOnlyList<TimelineEntry> Timeline);

public sealed record TimelineEntry(ReferralEventKind Kind, string Title, DateTime AtUtc, string? Note, string? SnomedCode);

/// <summary>/api/v1/referrals: how GP systems and partners refer and follow up.</summary>
public static class ReferralsApi
{
    public const int MaxIdempotencyKeyLength = 200;

    public static IServiceCollection AddReferrals(this IServiceCollection services) =>
        services.AddScoped<ReferralIntake>().AddScoped<ReferralNotifier>();

    public static void MapReferralsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/referrals", CreateAsync)
            .RequireAuthorization(Policies.ApiReferralsWrite)
            .Accepts<ReferralInput>("application/json")
            .Produces<ReferralSummary>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Refer a person to the scheme. Send an Idempotency-Key header so a retry creates nothing new.");
        api.MapGet("/referrals/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.ApiReferralsRead)
            .Produces<ReferralSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A referral's status and the timeline its referrer may see.");
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AppDbContext db, ReferralIntake intake, AuditLog audit, TimeProvider clock, IOptions<JsonOptions> json)
    {
        var schemeId = http.User.SchemeId()!.Value;
        var clientId = http.User.FindFirst(LinkwellClaims.ClientId)?.Value ?? string.Empty;
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > MaxIdempotencyKeyLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"Idempotency-Key must be at most {MaxIdempotencyKeyLength} characters."] });
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var (input, problem) = ApiJson.Read<ReferralInput>(body, json.Value.SerializerOptions);
        if (problem is not null)
        {
            return problem;
        }

        var requestHash = Convert.ToHexStringLower(SHA256.HashData(body));
        if (key.Length > 0 && await db.Set<IdempotencyRecord>().FindAsync([clientId, key], http.RequestAborted) is { } seen)
        {
            return await ReplayAsync(db, seen, requestHash, http.RequestAborted);
        }

        var errors = await intake.ValidateAsync(input!, schemeId, http.RequestAborted);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Create, "Referral", null, AuditOutcome.Invalid, string.Join(", ", errors.Keys)));
            return Results.ValidationProblem(errors, title: "The referral has mistakes");
        }

        IntakeResult result;
        try
        {
            // The key is saved in the same transaction as the referral: a crash cannot keep one without the other.
            result = await intake.ReceiveAsync(input!, new ReferralSource(schemeId, ReferralMethod.Api, null, clientId), http.RequestAborted, beforeSave: referral =>
            {
                if (key.Length > 0)
                {
                    db.Add(new IdempotencyRecord { ClientId = clientId, Key = key, RequestHash = requestHash, ReferralId = referral.Id, CreatedUtc = clock.GetUtcNow().UtcDateTime });
                }
            });
        }
        catch (DbUpdateException) when (key.Length > 0)
        {
            // Two retries raced and the other one won: answer with what it created.
            db.ChangeTracker.Clear();
            var winner = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.ClientId == clientId && r.Key == key, http.RequestAborted);
            return await ReplayAsync(db, winner, requestHash, http.RequestAborted);
        }

        return Results.Created($"/api/v1/referrals/{result.Referral.Id}", ToSummary(result.Referral, result.Person.PossibleDuplicateOfId is not null));
    }

    private static async Task<IResult> ReplayAsync(AppDbContext db, IdempotencyRecord seen, string requestHash, CancellationToken cancellationToken)
    {
        if (seen.RequestHash != requestHash)
        {
            return Results.Problem(
                title: "Idempotency-Key already used",
                detail: "This Idempotency-Key was used for a different request. Use a new key for a new referral.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var referral = await Load(db).SingleAsync(r => r.Id == seen.ReferralId, cancellationToken);
        var duplicate = await db.People.AnyAsync(p => p.Id == referral.PersonId && p.PossibleDuplicateOfId != null, cancellationToken);
        return Results.Created($"/api/v1/referrals/{referral.Id}", ToSummary(referral, duplicate));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, AppDbContext db, AuditLog audit)
    {
        var referral = await Load(db).SingleOrDefaultAsync(r => r.Id == id, http.RequestAborted);
        await audit.RecordAsync(new AuditEvent(AuditAction.Read, "Referral", id.ToString(), referral is null ? AuditOutcome.NotFound : AuditOutcome.Success));
        if (referral is null)
        {
            return Results.Problem(title: "Not found", detail: "There is no referral with this id.", statusCode: StatusCodes.Status404NotFound);
        }

        var duplicate = await db.People.AnyAsync(p => p.Id == referral.PersonId && p.PossibleDuplicateOfId != null, http.RequestAborted);
        return Results.Ok(ToSummary(referral, duplicate));
    }

    private static IQueryable<Referral> Load(AppDbContext db) => db.Referrals.AsNoTracking().Include(r => r.Events);

    public static ReferralSummary ToSummary(Referral referral, bool possibleDuplicate) => new(
        referral.Id,
        referral.Reference,
        referral.Status,
        referral.ReceivedUtc,
        referral.AcceptedUtc,
        referral.FirstContactUtc,
        referral.ClosedUtc,
        possibleDuplicate,
        referral.Events.Where(e => e.VisibleToReferrer).OrderBy(e => e.AtUtc)
            .Select(e => new TimelineEntry(e.Kind, Text.Of(e.Kind), e.AtUtc, e.Note, e.SnomedCode)).ToList());
}

/// <summary>Reads a JSON body and turns a mistake into a 400 that names the field (never a 500).</summary>
public static class ApiJson
{
    public static (T? Value, IResult? Problem) Read<T>(byte[] body, JsonSerializerOptions options)
        where T : class
    {
        if (body.Length == 0)
        {
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the referral as a JSON object."] }));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, options);
            return value is null
                ? (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the referral as a JSON object."] }))
                : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = ["This value is not of the expected type or format."] }));
        }
    }
}
