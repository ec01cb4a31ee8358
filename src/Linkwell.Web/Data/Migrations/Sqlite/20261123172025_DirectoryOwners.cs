using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwell.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedUtc",
                table: "DirectoryServices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DirectoryOrganizationId",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DirectoryChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BaseRevision = table.Column<long>(type: "INTEGER", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: false),
                    Proposed = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReportedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DealtWithUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DealtWithByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DirectoryOrganizationId",
                table: "AspNetUsers",
                column: "DirectoryOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryChangeRequests_ServiceId",
                table: "DirectoryChangeRequests",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryChangeRequests_State_RequestedUtc",
                table: "DirectoryChangeRequests",
                columns: new[] { "State", "RequestedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryReports_DealtWithUtc",
                table: "DirectoryReports",
                column: "DealtWithUtc");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryReports_OrganizationId_DealtWithUtc",
                table: "DirectoryReports",
                columns: new[] { "OrganizationId", "DealtWithUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryChangeRequests");

            migrationBuilder.DropTable(
                name: "DirectoryReports");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_DirectoryOrganizationId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RemindedUtc",
                table: "DirectoryServices");

            migrationBuilder.DropColumn(
                name: "DirectoryOrganizationId",
                table: "AspNetUsers");
        }
    }
}
