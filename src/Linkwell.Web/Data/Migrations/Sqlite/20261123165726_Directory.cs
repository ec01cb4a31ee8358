using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwell.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Directory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SyncEvery = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    NextSyncUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSyncUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Read = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Problems = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryOrganizations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalJson = table.Column<string>(type: "TEXT", nullable: true),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryOrganizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryRevision", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServices",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalJson = table.Column<string>(type: "TEXT", nullable: true),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryTaxonomies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalJson = table.Column<string>(type: "TEXT", nullable: true),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryTaxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryTerms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TaxonomyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalJson = table.Column<string>(type: "TEXT", nullable: true),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryTerms", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DirectoryRevision",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryImports_StartedUtc",
                table: "DirectoryImports",
                column: "StartedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryOrganizations_Revision",
                table: "DirectoryOrganizations",
                column: "Revision");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_OrganizationId",
                table: "DirectoryServices",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_Revision",
                table: "DirectoryServices",
                column: "Revision");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryTaxonomies_Revision",
                table: "DirectoryTaxonomies",
                column: "Revision");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryTerms_Revision",
                table: "DirectoryTerms",
                column: "Revision");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryFeeds");

            migrationBuilder.DropTable(
                name: "DirectoryImports");

            migrationBuilder.DropTable(
                name: "DirectoryOrganizations");

            migrationBuilder.DropTable(
                name: "DirectoryRevision");

            migrationBuilder.DropTable(
                name: "DirectoryServices");

            migrationBuilder.DropTable(
                name: "DirectoryTaxonomies");

            migrationBuilder.DropTable(
                name: "DirectoryTerms");
        }
    }
}
