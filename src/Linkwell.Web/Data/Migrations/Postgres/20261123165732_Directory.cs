using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwell.Web.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    SyncEvery = table.Column<TimeSpan>(type: "interval", nullable: false),
                    NextSyncUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSyncUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSuccessUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Read = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Problems = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryOrganizations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    OriginalJson = table.Column<string>(type: "text", nullable: true),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryOrganizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryRevision", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServices",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Capacity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    OriginalJson = table.Column<string>(type: "text", nullable: true),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryTaxonomies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    OriginalJson = table.Column<string>(type: "text", nullable: true),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryTaxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryTerms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TaxonomyId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    OriginalJson = table.Column<string>(type: "text", nullable: true),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
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
