using Linkwell.Domain.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Shared;

/// <summary>What every form page shares: turning rule and validation failures into field errors.</summary>
public abstract class FormPage : PageModel
{
    /// <summary>
    /// Adds errors keyed by JSON path ("person.nhsNumber") as ModelState errors on the bound property
    /// ("Input.Person.NhsNumber"), so the error summary links to the right field.
    /// </summary>
    protected void AddFieldErrors(IReadOnlyDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var (path, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(ToModelKey(prefix, path), message);
            }
        }
    }

    public static string ToModelKey(string prefix, string jsonPath) =>
        prefix + "." + string.Join('.', jsonPath.Split('.').Select(s => char.ToUpperInvariant(s[0]) + s[1..]));

    /// <summary>A free-text field: required when <paramref name="whenMissing"/> is given, and never longer than <paramref name="max"/>.</summary>
    protected void CheckText(string key, string? value, int max, string what, string? whenMissing = null)
    {
        if (whenMissing is not null && string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, whenMissing);
        }
        else if (value?.Length > max)
        {
            ModelState.AddModelError(key, $"{what} must be {max} characters or fewer.");
        }
    }

    /// <summary>Runs a domain verb; a broken rule or a concurrent edit becomes a message, not an error page.</summary>
    protected async Task<bool> TryAsync(Func<Task> action, string field = "")
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(field, ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(field, "Someone else changed this record while you were working on it. Check the latest details below and try again.");
        }

        return false;
    }
}
