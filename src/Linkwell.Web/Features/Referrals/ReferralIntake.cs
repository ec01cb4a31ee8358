using System.Globalization;
using System.Net.Mail;
using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Referrals;

/// <summary>Who is referring: a signed-in person, or an API client.</summary>
public sealed record ReferralSource(Guid SchemeId, ReferralMethod Method, string? UserId, string? ClientId);

/// <summary>A received referral, and whether intake found the person already known.</summary>
public sealed record IntakeResult(Referral Referral, Person Person, DuplicateMatch Match);

/// <summary>
/// Receiving a referral, shared by the web form and the API: validate every field (errors keyed by the
/// field's JSON path, e.g. "person.nhsNumber"), find the person if already known, save, audit, tell the referrer.
/// </summary>
public sealed class ReferralIntake(AppDbContext db, TimeProvider clock, AuditLog audit, ReferralNotifier notifier)
{
    public async Task<Dictionary<string, string[]>> ValidateAsync(ReferralInput input, Guid schemeId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        ValidatePerson(input.Person, errors);
        var ods = input.PracticeOdsCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(ods))
        {
            errors.Add("practiceOdsCode", "Select the person's GP practice.");
        }
        else if (!await db.Practices.AnyAsync(p => p.OdsCode == ods && p.SchemeId == schemeId, cancellationToken))
        {
            errors.Add("practiceOdsCode", "This GP practice is not served by this scheme. Check the ODS code.");
        }

        errors.Required("reason", input.Reason, "Enter the reason for referral.");
        if (input.Needs.Count == 0)
        {
            errors.Add("needs", "Select at least one need.");
        }

        errors.Required("referrer.name", input.Referrer.Name, "Enter the referrer's name.");
        errors.Required("referrer.organisation", input.Referrer.Organisation, "Enter the referrer's organisation.");
        errors.Email("referrer.email", input.Referrer.Email, required: true, "the referrer's email address");
        ValidateRisks(input, errors);
        if (input.ConsentGiven is null)
        {
            errors.Add("consentGiven", "Say whether the person consents to their information being shared.");
        }
        else if (input.ConsentGiven == false)
        {
            errors.Required("consentNotGivenReason", input.ConsentNotGivenReason, "Say why consent was not given.");
        }

        return errors.ToDictionary();
    }

    /// <summary>Receives a referral that passed <see cref="ValidateAsync"/>. Saves once, with its e-mail.</summary>
    public async Task<IntakeResult> ReceiveAsync(ReferralInput input, ReferralSource source, CancellationToken cancellationToken, Action<Referral>? beforeSave = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var personDetails = ToPersonDetails(input.Person);
        var (person, match) = await FindOrRegisterAsync(source.SchemeId, personDetails, now, cancellationToken);
        var referral = Referral.Receive(source.SchemeId, person.Id, ToReferralDetails(input, source), ReferenceGenerator.Next(), now);
        db.Referrals.Add(referral);
        notifier.Notify(referral, referral.Events[^1]);
        beforeSave?.Invoke(referral);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Create, "Referral", referral.Id.ToString(), AuditOutcome.Success, $"received via {source.Method}"), cancellationToken);
        await audit.RecordAsync(new AuditEvent(match == DuplicateMatch.SameNhsNumber ? AuditAction.Update : AuditAction.Create, "Person", person.Id.ToString(), AuditOutcome.Success,
            match switch
            {
                DuplicateMatch.SameNhsNumber => "linked to existing person (same NHS number)",
                DuplicateMatch.SameNameBirthDateAndPostcode => "registered, flagged as possible duplicate",
                DuplicateMatch.None => "registered",
            }), cancellationToken);
        return new IntakeResult(referral, person, match);
    }

    private async Task<(Person Person, DuplicateMatch Match)> FindOrRegisterAsync(Guid schemeId, PersonDetails details, DateTime now, CancellationToken cancellationToken)
    {
        var key = DuplicateMatcher.KeyOf(details);
        var candidates = await db.People
            .Where(p => p.SchemeId == schemeId && ((details.NhsNumber != null && p.NhsNumber == details.NhsNumber) || p.MatchKey == key))
            .Take(20)
            .ToListAsync(cancellationToken);
        var (match, existing) = DuplicateMatcher.Best(details, candidates);
        if (match == DuplicateMatch.SameNhsNumber && existing is not null)
        {
            return (existing, match);
        }

        var person = Person.Register(schemeId, details, now);
        if (existing is not null)
        {
            person.FlagPossibleDuplicate(existing.Id);
        }

        db.People.Add(person);
        return (person, match);
    }

    private static void ValidatePerson(PersonInput p, FieldErrors errors)
    {
        errors.Required("person.givenName", p.GivenName, "Enter the person's first name.");
        errors.Required("person.familyName", p.FamilyName, "Enter the person's last name.");
        if (string.IsNullOrWhiteSpace(p.DateOfBirth))
        {
            errors.Add("person.dateOfBirth", "Enter the person's date of birth.");
        }
        else if (!TryParseDate(p.DateOfBirth, out var dob))
        {
            errors.Add("person.dateOfBirth", "Date of birth must be a real date, like 27 3 1956.");
        }
        else if (dob > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            errors.Add("person.dateOfBirth", "Date of birth must be in the past.");
        }
        else if (dob.Year < 1900)
        {
            errors.Add("person.dateOfBirth", "Date of birth must be after 1900.");
        }

        if (!string.IsNullOrWhiteSpace(p.NhsNumber) && !NhsNumber.TryParse(p.NhsNumber, out _, out var problem))
        {
            errors.Add("person.nhsNumber", NhsNumber.Describe(problem));
        }

        if (string.IsNullOrWhiteSpace(p.Postcode))
        {
            errors.Add("person.postcode", "Enter the person's postcode.");
        }
        else if (!Postcode.TryNormalise(p.Postcode, out _))
        {
            errors.Add("person.postcode", "Enter a real postcode, like LS1 4AP.");
        }

        errors.Email("person.email", p.Email, required: false, "the person's email address");
        if (p.PreferredContactMethod is ContactPreference.Phone or ContactPreference.TextMessage && string.IsNullOrWhiteSpace(p.Phone))
        {
            errors.Add("person.phone", "Enter a phone number, as the person prefers to be phoned or texted.");
        }
        else if (p.PreferredContactMethod == ContactPreference.Email && string.IsNullOrWhiteSpace(p.Email))
        {
            errors.Add("person.email", "Enter an email address, as the person prefers email.");
        }
    }

    private static void ValidateRisks(ReferralInput input, FieldErrors errors)
    {
        var risks = input.Risks.Where(r => !r.IsBlank).ToList();
        if (input.NoKnownRisks && risks.Count > 0)
        {
            errors.Add("risks", "You said there are no known risks but also described a risk. Remove one or the other.");
        }
        else if (!input.NoKnownRisks && risks.Count == 0)
        {
            errors.Add("risks", "Describe at least one risk, or say there are no known risks.");
        }

        for (var i = 0; i < input.Risks.Count; i++)
        {
            if (!input.Risks[i].IsBlank && string.IsNullOrWhiteSpace(input.Risks[i].Description))
            {
                errors.Add($"risks[{i}].description", "Describe the risk.");
            }
        }
    }

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static PersonDetails ToPersonDetails(PersonInput p)
    {
        TryParseDate(p.DateOfBirth!, out var dob);
        Postcode.TryNormalise(p.Postcode, out var postcode);
        return new PersonDetails
        {
            GivenName = p.GivenName!.Trim(),
            FamilyName = p.FamilyName!.Trim(),
            PreferredName = Clean(p.PreferredName),
            DateOfBirth = dob,
            NhsNumber = NhsNumber.TryParse(p.NhsNumber, out var nhs, out _) ? nhs.Value : null,
            Sex = p.Sex,
            Gender = Clean(p.Gender),
            EthnicCategory = Clean(p.EthnicCategory),
            AddressLine1 = Clean(p.AddressLine1),
            AddressLine2 = Clean(p.AddressLine2),
            Town = Clean(p.Town),
            Postcode = postcode,
            Phone = Clean(p.Phone),
            Email = Clean(p.Email),
            PreferredContactMethod = p.PreferredContactMethod,
            CommunicationNeeds = Clean(p.CommunicationNeeds),
        };
    }

    private static ReferralDetails ToReferralDetails(ReferralInput input, ReferralSource source) => new()
    {
        PracticeOdsCode = input.PracticeOdsCode!.Trim().ToUpperInvariant(),
        Reason = input.Reason!.Trim(),
        Needs = input.Needs.Distinct().ToList(),
        Referrer = new Referrer
        {
            Name = input.Referrer.Name!.Trim(),
            Role = Clean(input.Referrer.Role),
            Organisation = input.Referrer.Organisation!.Trim(),
            Email = input.Referrer.Email!.Trim(),
            Phone = Clean(input.Referrer.Phone),
            UserId = source.UserId,
            ClientId = source.ClientId,
        },
        Urgency = input.Urgency,
        NoKnownRisks = input.NoKnownRisks,
        Risks = input.Risks.Where(r => !r.IsBlank)
            .Select(r => new Risk { Description = r.Description!.Trim(), Comment = Clean(r.Comment), IsSafeguarding = r.IsSafeguarding })
            .ToList(),
        ConsentGiven = input.ConsentGiven == true,
        ConsentNotGivenReason = input.ConsentGiven == true ? null : Clean(input.ConsentNotGivenReason),
        Method = source.Method,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Field errors keyed by JSON path, in the order found (the error summary's order).</summary>
    private sealed class FieldErrors
    {
        private readonly Dictionary<string, List<string>> _errors = [];

        public void Add(string field, string message)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }

            list.Add(message);
        }

        public void Required(string field, string? value, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, message);
            }
        }

        public void Email(string field, string? value, bool required, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(field, $"Enter {what}.");
                }

                return;
            }

            if (!MailAddress.TryCreate(value.Trim(), out var address) || address.Address != value.Trim() || !address.Host.Contains('.', StringComparison.Ordinal))
            {
                Add(field, $"Enter {what} in the right format, like name@example.com.");
            }
        }

        public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
