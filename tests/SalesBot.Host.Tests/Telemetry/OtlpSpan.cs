using Google.Protobuf;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// One span of an OTLP ExportTraceServiceRequest, read from the protobuf wire format with Google.Protobuf's
/// CodedInputStream and only the field numbers of opentelemetry/proto/trace/v1/trace.proto that the tests look at:
/// ExportTraceServiceRequest.resource_spans = 1; ResourceSpans.scope_spans = 2; ScopeSpans.scope = 1, spans = 2;
/// InstrumentationScope.name = 1; Span.trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, kind = 6,
/// attributes = 9; KeyValue.key = 1, value = 2; AnyValue.string_value = 1, bool_value = 2, int_value = 3.
/// Everything else is skipped.
/// </summary>
internal sealed record OtlpSpan(string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, OtlpSpanKind Kind, IReadOnlyDictionary<string, string> Attributes)
{
    public static IEnumerable<OtlpSpan> ReadExport(byte[] body)
    {
        var spans = new List<OtlpSpan>();
        foreach (var resourceSpans in Fields(ByteString.CopyFrom(body), 1))
        {
            foreach (var scopeSpans in Fields(resourceSpans, 2))
            {
                var scope = Fields(scopeSpans, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? "";
                spans.AddRange(Fields(scopeSpans, 2).Select(span => ReadSpan(scope, span)));
            }
        }

        return spans;
    }

    private static OtlpSpan ReadSpan(string scope, ByteString span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var kind = OtlpSpanKind.Unspecified;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var input = span.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: traceId = Convert.ToHexStringLower(input.ReadBytes().Span); break;
                case 2: spanId = Convert.ToHexStringLower(input.ReadBytes().Span); break;
                case 4: parent = Convert.ToHexStringLower(input.ReadBytes().Span); break;
                case 5: name = input.ReadString(); break;
                case 6: kind = (OtlpSpanKind)input.ReadEnum(); break;
                case 9:
                    var pair = input.ReadBytes();
                    attributes[Text(pair, 1) ?? ""] = Fields(pair, 2).Select(AnyValue).FirstOrDefault() ?? "";
                    break;
                default: input.SkipLastField(); break;
            }
        }

        return new OtlpSpan(scope, traceId, spanId, parent, name, kind, attributes);
    }

    private static string AnyValue(ByteString value)
    {
        var input = value.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: return input.ReadString();
                case 2: return input.ReadBool() ? "true" : "false";
                case 3: return input.ReadInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
                default: input.SkipLastField(); break;
            }
        }

        return "";
    }

    /// <summary>Every length-delimited occurrence of field <paramref name="number"/> in a message.</summary>
    private static List<ByteString> Fields(ByteString message, int number)
    {
        var found = new List<ByteString>();
        var input = message.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                found.Add(input.ReadBytes());
            }
            else
            {
                input.SkipLastField();
            }
        }

        return found;
    }

    private static string? Text(ByteString message, int number) => Fields(message, number).Select(b => b.ToStringUtf8()).FirstOrDefault();
}
