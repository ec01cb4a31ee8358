using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwell.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DirectoryFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MergedIntoId",
                table: "DirectoryServices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DirectoryKeptApart",
                columns: table => new
                {
                    FirstServiceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SecondServiceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryKeptApart", x => new { x.FirstServiceId, x.SecondServiceId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryKeptApart");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "DirectoryServices");
        }
    }
}
