using Linkwell.Domain.Plans;

namespace Linkwell.Web.Features.Plans;

/// <summary>
/// The need domains a scheme uses, in order. Every page that lists needs asks here, so a scheme's own list
/// (relabelled, hidden or added domains) shows everywhere at once.
/// </summary>
public class NeedDomainCatalog
{
    public virtual Task<IReadOnlyList<NeedDomain>> ForSchemeAsync(Guid schemeId, CancellationToken ct) =>
        Task.FromResult(NeedDomains.Standard);
}
