using Linkwell.Domain.Directory;
using Linkwell.Domain.Directory.Oruk;

namespace Linkwell.Domain.Tests.Directory;

public sealed class LikelyDuplicatesTests
{
    [Fact]
    public void The_same_organisation_at_the_same_postcode_in_two_feeds_is_a_likely_duplicate_however_it_is_written()
    {
        var found = LikelyDuplicates.Find([
            new(Service("a", organization: "The Leeds Irish Centre", postcode: "ls2 7ne"), "north"),
            new(Service("b", organization: "Leeds Irish Centre", postcode: "LS27NE"), "south"),
        ]);

        var pair = Assert.Single(found);
        Assert.Equal(("a", "b"), (pair.FirstId, pair.SecondId));
        Assert.Equal(["Same organisation and postcode: The Leeds Irish Centre, LS2 7NE"], pair.Reasons);
    }

    [Fact]
    public void Every_shared_fact_is_a_reason_and_pairs_with_more_reasons_come_first()
    {
        var found = LikelyDuplicates.Find([
            new(Service("a", url: "https://www.example.org/Walks/", email: "walks@example.org"), "north"),
            new(Service("b", url: "http://example.org/walks", email: "WALKS@example.org"), "south"),
            new(Service("c", url: "example.org/walks"), "east"),
        ]);

        Assert.Equal([("a", "b"), ("a", "c"), ("b", "c")], found.Select(p => (p.FirstId, p.SecondId)));
        Assert.Equal(["Same email address: walks@example.org", "Same web address: example.org/walks"], found[0].Reasons);
    }

    [Fact]
    public void Services_from_the_same_source_are_never_paired()
    {
        var found = LikelyDuplicates.Find([
            new(Service("a", email: "same@example.org"), "north"),
            new(Service("b", email: "same@example.org"), "north"),
        ]);

        Assert.Empty(found);
    }

    [Fact]
    public void A_phone_number_shared_by_many_services_says_nothing_about_any_two_of_them()
    {
        var helpline = Enumerable.Range(0, LikelyDuplicates.MaxShared + 1)
            .Select(i => new DuplicateSubject(Service($"s{i:D2}", phone: "0800 123 4567"), $"feed{i}"));
        var pair = new[] { new DuplicateSubject(Service("x", phone: "0113 496 0000"), "north"), new DuplicateSubject(Service("y", phone: "+44 (0)113 496 0000"), "south") };

        var found = LikelyDuplicates.Find([.. helpline, .. pair]);

        Assert.Equal([("x", "y")], found.Select(p => (p.FirstId, p.SecondId)));
    }

    [Theory]
    [InlineData("+44 113 496 0000", "01134960000")]
    [InlineData("0044 113 496 0000", "01134960000")]
    [InlineData("(0113) 496-0000", "01134960000")]
    [InlineData("999", null)]
    public void Phone_numbers_are_compared_by_their_digits_in_national_form(string number, string? digits) =>
        Assert.Equal(digits, LikelyDuplicates.PhoneDigits(number));

    private static OrukService Service(string id, string? organization = null, string? postcode = null, string? phone = null, string? email = null, string? url = null)
    {
        var service = new OrukService { Id = id, Name = $"Service {id}", Status = "active", Email = email, Url = url };
        if (organization is not null)
        {
            service.Organization = new OrukOrganization { Id = $"org-{id}", Name = organization };
        }

        if (postcode is not null)
        {
            service.ServiceAtLocations.Add(new OrukServiceAtLocation
            {
                Id = $"sal-{id}",
                Location = new OrukLocation { Id = $"loc-{id}", LocationType = "physical", Addresses = [new OrukAddress { Id = $"addr-{id}", PostalCode = postcode }] },
            });
        }

        if (phone is not null)
        {
            service.Contacts.Add(new OrukContact { Id = $"contact-{id}", Phones = [new OrukPhone { Id = $"phone-{id}", Number = phone }] });
        }

        return service;
    }
}
