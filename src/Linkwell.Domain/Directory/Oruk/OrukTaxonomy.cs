namespace Linkwell.Domain.Directory.Oruk;

/// <summary>ORUK <c>taxonomy</c>: a vocabulary terms are taken from.</summary>
public sealed class OrukTaxonomy
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string? Uri { get; set; }

    public string? Version { get; set; }

    public List<OrukTaxonomyTerm> TaxonomyTerms { get; set; } = [];
}

/// <summary>ORUK <c>taxonomy_term</c>: one term of a taxonomy.</summary>
public sealed class OrukTaxonomyTerm
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string? ParentId { get; set; }

    /// <summary>The taxonomy's name, free text (the link is <see cref="TaxonomyId"/>).</summary>
    public string? Taxonomy { get; set; }

    public string? TaxonomyId { get; set; }

    public string? TermUri { get; set; }

    public string? Term { get; set; }
}

/// <summary>ORUK <c>attribute</c>: links a service (or organisation, location...) to a taxonomy term.</summary>
public sealed class OrukAttribute
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The id of the object this attribute describes.</summary>
    public string? LinkId { get; set; }

    public string? TaxonomyTermId { get; set; }

    public string? LinkType { get; set; }

    /// <summary>
    /// Which table <see cref="LinkId"/> is in ("service", "organization"...). In ORUK's <c>tabular_required</c>
    /// but not among its properties nor in the example <c>attribute.csv</c>.
    /// </summary>
    public string? LinkEntity { get; set; }

    public OrukTaxonomyTerm? TaxonomyTerm { get; set; }
}
