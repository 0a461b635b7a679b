using AgentAssist.Storage.Migrations;

namespace AgentAssist.Storage.Approvals;

/// <summary>
/// Schema of approvals, their cards, the outbox and the audit log (versions 1000–1999). Times are UTC ticks in SQLite
/// and <c>timestamptz</c> in PostgreSQL; states and kinds are the Core enums' numbers. The partial indexes serve the
/// hot queries: pending per team oldest first, due reminders and escalations, due outbox messages, audit time ranges.
/// </summary>
public static class ApprovalMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1000, "approvals",
            """
            CREATE TABLE approvals (
                id TEXT PRIMARY KEY,
                team_id TEXT NOT NULL,
                agent_id TEXT NOT NULL,
                agent_name TEXT NOT NULL,
                draft_text TEXT NOT NULL,
                channel TEXT NOT NULL,
                language TEXT NOT NULL,
                outcome INTEGER NOT NULL,
                rule_ids TEXT NOT NULL,
                verdict_json TEXT NOT NULL,
                severity INTEGER NOT NULL,
                customer_summary TEXT NULL,
                suggested_rewrite TEXT NULL,
                created_at INTEGER NOT NULL,
                due_at INTEGER NOT NULL,
                remind_at INTEGER NOT NULL,
                state INTEGER NOT NULL,
                version INTEGER NOT NULL,
                decided_by_id TEXT NULL,
                decided_by_name TEXT NULL,
                decided_at INTEGER NULL,
                decision_key TEXT NULL,
                final_text TEXT NULL,
                reason TEXT NULL,
                reminded_at INTEGER NULL,
                escalated_at INTEGER NULL,
                purged INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX approvals_pending_by_team ON approvals (team_id, created_at, id) WHERE state = 0;
            CREATE INDEX approvals_reminder_due ON approvals (remind_at) WHERE state = 0 AND reminded_at IS NULL;
            CREATE INDEX approvals_escalation_due ON approvals (due_at) WHERE state = 0 AND escalated_at IS NULL;
            CREATE INDEX approvals_decided_unpurged ON approvals (decided_at) WHERE state <> 0 AND purged = 0;
            CREATE TABLE approval_cards (
                seq INTEGER PRIMARY KEY,
                approval_id TEXT NOT NULL REFERENCES approvals (id),
                role INTEGER NOT NULL,
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                service_url TEXT NULL,
                UNIQUE (approval_id, role, activity_id)
            );
            """,
            """
            CREATE TABLE approvals (
                id text PRIMARY KEY,
                team_id text NOT NULL,
                agent_id text NOT NULL,
                agent_name text NOT NULL,
                draft_text text NOT NULL,
                channel text NOT NULL,
                language text NOT NULL,
                outcome smallint NOT NULL,
                rule_ids text NOT NULL,
                verdict_json text NOT NULL,
                severity smallint NOT NULL,
                customer_summary text NULL,
                suggested_rewrite text NULL,
                created_at timestamptz NOT NULL,
                due_at timestamptz NOT NULL,
                remind_at timestamptz NOT NULL,
                state smallint NOT NULL,
                version bigint NOT NULL,
                decided_by_id text NULL,
                decided_by_name text NULL,
                decided_at timestamptz NULL,
                decision_key text NULL,
                final_text text NULL,
                reason text NULL,
                reminded_at timestamptz NULL,
                escalated_at timestamptz NULL,
                purged smallint NOT NULL DEFAULT 0
            );
            CREATE INDEX approvals_pending_by_team ON approvals (team_id, created_at, id) WHERE state = 0;
            CREATE INDEX approvals_reminder_due ON approvals (remind_at) WHERE state = 0 AND reminded_at IS NULL;
            CREATE INDEX approvals_escalation_due ON approvals (due_at) WHERE state = 0 AND escalated_at IS NULL;
            CREATE INDEX approvals_decided_unpurged ON approvals (decided_at) WHERE state <> 0 AND purged = 0;
            CREATE TABLE approval_cards (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                approval_id text NOT NULL REFERENCES approvals (id),
                role smallint NOT NULL,
                conversation_id text NOT NULL,
                activity_id text NOT NULL,
                service_url text NULL,
                UNIQUE (approval_id, role, activity_id)
            );
            """),
        new(1001, "outbox",
            """
            CREATE TABLE outbox_messages (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                target TEXT NOT NULL,
                payload TEXT NOT NULL,
                correlation_id TEXT NULL,
                created_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL,
                state INTEGER NOT NULL,
                lease_owner TEXT NULL,
                lease_expires_at INTEGER NULL,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT NULL
            );
            CREATE INDEX outbox_due ON outbox_messages (next_attempt_at, seq) WHERE state = 0;
            CREATE INDEX outbox_pending_by_correlation ON outbox_messages (correlation_id, seq) WHERE state = 0;
            CREATE INDEX outbox_by_correlation ON outbox_messages (correlation_id, seq);
            CREATE INDEX outbox_dead ON outbox_messages (seq) WHERE state = 2;
            """,
            """
            CREATE TABLE outbox_messages (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                kind text NOT NULL,
                target text NOT NULL,
                payload text NOT NULL,
                correlation_id text NULL,
                created_at timestamptz NOT NULL,
                attempts integer NOT NULL,
                state smallint NOT NULL,
                lease_owner text NULL,
                lease_expires_at timestamptz NULL,
                next_attempt_at timestamptz NOT NULL,
                last_error text NULL
            );
            CREATE INDEX outbox_due ON outbox_messages (next_attempt_at, seq) WHERE state = 0;
            CREATE INDEX outbox_pending_by_correlation ON outbox_messages (correlation_id, seq) WHERE state = 0;
            CREATE INDEX outbox_by_correlation ON outbox_messages (correlation_id, seq);
            CREATE INDEX outbox_dead ON outbox_messages (seq) WHERE state = 2;
            """),
        new(1002, "audit",
            """
            CREATE TABLE audit_events (
                seq INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                kind INTEGER NOT NULL,
                actor_id TEXT NOT NULL,
                actor_name TEXT NULL,
                team_id TEXT NULL,
                request_id TEXT NULL,
                outcome TEXT NULL,
                rule_ids TEXT NOT NULL,
                draft_text TEXT NULL,
                detail TEXT NULL
            );
            CREATE INDEX audit_by_time ON audit_events (at, seq);
            CREATE INDEX audit_with_text ON audit_events (at) WHERE draft_text IS NOT NULL;
            """,
            """
            CREATE TABLE audit_events (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                kind smallint NOT NULL,
                actor_id text NOT NULL,
                actor_name text NULL,
                team_id text NULL,
                request_id text NULL,
                outcome text NULL,
                rule_ids text NOT NULL,
                draft_text text NULL,
                detail text NULL
            );
            CREATE INDEX audit_by_time ON audit_events (at, seq);
            CREATE INDEX audit_with_text ON audit_events (at) WHERE draft_text IS NOT NULL;
            """),

        // Additive only (a nullable column, a column with a default, an index), so the previous release keeps working on
        // the migrated schema during a rolling upgrade.
        new(1003, "request keys and lost leases",
            """
            ALTER TABLE approvals ADD COLUMN request_key TEXT NULL;
            CREATE UNIQUE INDEX approvals_by_request_key ON approvals (request_key) WHERE request_key IS NOT NULL;
            ALTER TABLE outbox_messages ADD COLUMN lease_expired INTEGER NOT NULL DEFAULT 0;
            """,
            """
            ALTER TABLE approvals ADD COLUMN request_key text NULL;
            CREATE UNIQUE INDEX approvals_by_request_key ON approvals (request_key) WHERE request_key IS NOT NULL;
            ALTER TABLE outbox_messages ADD COLUMN lease_expired smallint NOT NULL DEFAULT 0;
            """),
    ];
}
