using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Referrals;

/// <summary>Intake finds a person already known to the scheme rather than registering them twice.</summary>
public sealed class PersonMatchingTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task A_referral_with_a_known_nhs_number_links_to_the_existing_person()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (firstId, _) = await http.CreateReferralAsync(scheme.ValidReferral("9434765919"));
        var peopleBefore = await CountPeopleAsync(scheme);
        var second = scheme.ValidReferral("943 476 5919");
        second["person"]!["givenName"] = "Augusta";
        second["person"]!["postcode"] = "LS2 7EW";

        var (secondId, _) = await http.CreateReferralAsync(second);

        Assert.Equal(1, peopleBefore);
        Assert.Equal(peopleBefore, await CountPeopleAsync(scheme));
        var personIds = await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == firstId || r.Id == secondId).Select(r => r.PersonId).Distinct().ToListAsync());
        Assert.Single(personIds);
    }

    [Fact]
    public async Task The_same_name_birth_date_and_postcode_without_an_nhs_number_is_a_new_person_flagged_as_possible_duplicate()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (firstId, _) = await http.CreateReferralAsync(scheme.ValidReferral(nhsNumber: null));

        using var response = await http.PostReferralAsync(scheme.ValidReferral(nhsNumber: null));
        var json = await response.JsonAsync();

        Assert.True(json.GetProperty("possibleDuplicate").GetBoolean());
        Assert.Equal(2, await CountPeopleAsync(scheme));
        var secondId = json.GetProperty("id").GetGuid();
        var (first, second) = await app.WithDbAsync(async db =>
        {
            var firstPersonId = await db.Referrals.Where(r => r.Id == firstId).Select(r => r.PersonId).SingleAsync();
            var secondPersonId = await db.Referrals.Where(r => r.Id == secondId).Select(r => r.PersonId).SingleAsync();
            return (await db.People.SingleAsync(p => p.Id == firstPersonId), await db.People.SingleAsync(p => p.Id == secondPersonId));
        });
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Id, second.PossibleDuplicateOfId);
        Assert.Null(first.PossibleDuplicateOfId);
    }

    [Fact]
    public async Task The_same_nhs_number_in_another_scheme_is_another_person()
    {
        var ours = await app.NewSchemeAsync();
        var theirs = await app.NewSchemeAsync();
        using var ourApi = await ours.ApiAsync();
        using var theirApi = await theirs.ApiAsync();

        await ourApi.CreateReferralAsync(ours.ValidReferral("9434765919"));
        await theirApi.CreateReferralAsync(theirs.ValidReferral("9434765919"));

        Assert.Equal(1, await CountPeopleAsync(ours));
        Assert.Equal(1, await CountPeopleAsync(theirs));
    }

    private Task<int> CountPeopleAsync(TestScheme scheme) =>
        app.WithDbAsync(db => db.People.CountAsync(p => p.SchemeId == scheme.Id));
}
