namespace Linkwell.Web.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Write each message as an .eml file in a folder (the default, for development and demos).</summary>
    Folder,

    /// <summary>Send through an SMTP server with MailKit.</summary>
    Smtp,
}

/// <summary>The "Email" configuration section (see the README's configuration table).</summary>
public sealed class EmailOptions
{
    public EmailDelivery Delivery { get; set; } = EmailDelivery.Folder;

    public string From { get; set; } = "linkwell@localhost";

    public string FromName { get; set; } = "Linkwell";

    /// <summary>For <see cref="EmailDelivery.Folder"/>; relative paths are under the data folder.</summary>
    public string Folder { get; set; } = "mail";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string SmtpSecurity { get; set; } = "Auto";

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How often the sender looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxAttempts { get; set; } = 12;

    /// <summary>Links in e-mails point here (e.g. https://linkwell.example.nhs.uk).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
