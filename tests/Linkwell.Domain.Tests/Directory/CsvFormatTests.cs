using Linkwell.Domain.Directory.Oruk.Csv;

namespace Linkwell.Domain.Tests.Directory;

public sealed class CsvFormatTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var records = CsvFormat.ReadRecords("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"line one\r\nline two\nthree\"\r\n");

        Assert.Equal(["a, b", "say \"hi\"", "line one\r\nline two\nthree"], records.Skip(1).Select(r => r.Fields[1]));
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var records = CsvFormat.ReadRecords("\uFEFFid,name\r\n1,Ada\r\n");

        Assert.Equal("id", records[0].Fields[0]);
    }

    [Fact]
    public void Byte_order_mark_in_a_utf8_file_is_skipped_by_the_package_reader()
    {
        var organizations = "\uFEFFid,name,description\r\n11111111-1111-1111-1111-111111111111,Leeds Mind,Mental health charity\r\n";
        var files = new Dictionary<string, string> { ["organizations.csv"] = organizations, ["services.csv"] = "id,organization_id,name,status\r\n" };

        var result = OrukCsvPackage.Read(name => files.TryGetValue(name, out var text) ? new MemoryStream(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray()) : null);

        Assert.Equal("Leeds Mind", Assert.Single(result.Organizations).Name);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\r\r\nc,d\r\r\n")]
    [InlineData("a,b\r\n\r\nc,d")]
    public void Any_line_end_works_and_blank_lines_are_skipped(string text)
    {
        var records = CsvFormat.ReadRecords(text);

        Assert.Equal([["a", "b"], ["c", "d"]], records.Select(r => r.Fields.ToArray()).ToArray());
        Assert.Equal([1, 2], records.Select(r => r.Number).ToArray());
    }

    [Fact]
    public void Empty_fields_and_a_lone_empty_quoted_field_are_kept()
    {
        var records = CsvFormat.ReadRecords("a,,c\r\n\"\"\r\n,\r\n");

        Assert.Equal([["a", "", "c"], [""], ["", ""]], records.Select(r => r.Fields.ToArray()).ToArray());
    }

    [Fact]
    public void Unclosed_quote_is_flagged_not_thrown()
    {
        var record = CsvFormat.ReadRecords("1,\"never closed\r\n2,x\r\n").Single();

        Assert.True(record.Unterminated);
        Assert.Equal("never closed\r\n2,x\r\n", record.Fields[1]);
    }

    [Fact]
    public void Written_record_reads_back_the_same()
    {
        string?[] fields = ["plain", "a, b", "say \"hi\"", "two\r\nlines", " padded ", "", null];
        using var writer = new StringWriter();

        CsvFormat.WriteRecord(writer, fields);

        Assert.Equal("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\" padded \",,\r\n", writer.ToString());
        Assert.Equal(fields.Select(f => f ?? string.Empty), CsvFormat.ReadRecords(writer.ToString()).Single().Fields);
    }
}
