namespace SalesBot.Host.Tests.Telemetry;

/// <summary>Span.SpanKind of trace.proto.</summary>
internal enum OtlpSpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
