/** The tables, as kysely sees them. Migrations in migrations/ create them on both engines. */
export interface Database {
  conversation_references: {
    channel: string;
    user_id: string;
    conversation_id: string;
    conversation_kind: string;
    aad_object_id: string | null;
    name: string | null;
    /** The channel's conversation reference, as JSON. */
    reference: string;
    updated_at: string;
  };
  answers: {
    id: string;
    channel: string;
    user_id: string;
    conversation_id: string;
    policy: string;
    language: string;
    decision: string;
    class: string | null;
    action: string | null;
    asset_id: string | null;
    created_at: string;
  };
  feedback: {
    answer_id: string;
    channel: string;
    user_id: string;
    helpful: number;
    created_at: string;
  };
}
