namespace Linkwell.Web.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Create_admin_with_an_email_is_the_create_admin_command_with_that_email()
    {
        var command = CommandLine.Parse(["create-admin", "--email", "a@b.c"]);

        Assert.Equal("create-admin", command.Name);
        Assert.Equal("a@b.c", command.Options["email"]);
        Assert.Empty(command.HostArgs);
        Assert.False(command.Demo);
    }

    [Fact]
    public void Demo_alone_starts_the_server_with_the_demo_and_passes_no_host_arguments()
    {
        var command = CommandLine.Parse(["--demo"]);

        Assert.Null(command.Name);
        Assert.True(command.Demo);
        Assert.Empty(command.HostArgs);
    }

    [Fact]
    public void Arguments_that_are_not_linkwell_options_go_to_the_host()
    {
        var command = CommandLine.Parse(["--urls", "http://localhost:5080", "--demo"]);

        Assert.Null(command.Name);
        Assert.True(command.Demo);
        Assert.Equal(["--urls", "http://localhost:5080"], command.HostArgs);
    }

    [Fact]
    public void Create_admin_takes_a_name_as_well_as_an_email()
    {
        var command = CommandLine.Parse(["create-admin", "--email", "a@b.c", "--name", "Ada Admin"]);

        Assert.Equal("Ada Admin", command.Options["name"]);
        Assert.Equal("a@b.c", command.Options["email"]);
    }

    [Fact]
    public void Migrate_is_a_command()
    {
        Assert.Equal("migrate", CommandLine.Parse(["migrate"]).Name);
    }
}
