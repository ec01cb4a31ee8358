using System.Text;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Features.Referrals;

/// <summary>
/// Tells the referrer what happened to their referral. The e-mail names the referral by its reference
/// only: no name, no health information, since e-mail may leave the NHS network.
/// </summary>
public sealed class ReferralNotifier(AppDbContext db, EmailOutbox outbox, IOptions<EmailOptions> options)
{
    public void Notify(Referral referral, ReferralEvent change)
    {
        if (!change.VisibleToReferrer)
        {
            return;
        }

        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/Referrals/Track/{referral.Id}";
        var body = new StringBuilder()
            .AppendLine($"Hello {referral.Details.Referrer.Name},")
            .AppendLine()
            .AppendLine($"There is news about referral {referral.Reference}: {Text.Of(change.Kind).ToLowerInvariant()}.")
            .AppendLine(change.Kind is ReferralEventKind.Declined or ReferralEventKind.Closed && change.Note is not null ? $"Reason: {change.Note}" : string.Empty)
            .AppendLine()
            .AppendLine($"Its status is now: {Text.Of(referral.Status)}.")
            .AppendLine($"See the whole timeline (sign in needed): {link}")
            .AppendLine()
            .AppendLine("This message was sent by Linkwell. Please do not reply to it.")
            .ToString();
        outbox.Enqueue(db, referral.Details.Referrer.Email, $"Referral {referral.Reference}: {Text.Of(change.Kind).ToLowerInvariant()}", body);
    }
}
