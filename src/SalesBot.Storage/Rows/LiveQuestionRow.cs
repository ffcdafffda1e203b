using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>live_questions</c> row.</summary>
internal static class LiveQuestionRow
{
    public const string Columns = "channel_id, conversation_id, tenant_id, user_id, message_id, body, posted_at";

    public static LiveQuestion Read(SqlRow row) =>
        new(new Owner(row.Text(2), row.Text(3)), row.Text(0), row.Text(1), row.Text(4), row.Text(5), row.Time(6));
}
