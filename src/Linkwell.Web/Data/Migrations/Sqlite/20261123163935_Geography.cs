using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwell.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Geography : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PostcodeDistricts",
                columns: table => new
                {
                    District = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    PostcodeCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostcodeDistricts", x => x.District);
                });

            migrationBuilder.CreateTable(
                name: "PostcodeLocations",
                columns: table => new
                {
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Lsoa = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    ImdDecile = table.Column<byte>(type: "INTEGER", nullable: true),
                    Terminated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostcodeLocations", x => x.Postcode);
                    table.CheckConstraint("CK_PostcodeLocations_ImdDecile", "\"ImdDecile\" BETWEEN 1 AND 10");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostcodeDistricts");

            migrationBuilder.DropTable(
                name: "PostcodeLocations");
        }
    }
}
