import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, id, primaryId, reference, time, type Migration } from './migration.js';

/**
 * Messages (쪽지). `open_key` is unique, and set to NULL when a conversation closes (a NULL takes
 * no place in a unique index, on MySQL and SQLite alike): the index alone decides which
 * conversation two members share about one thing. Each member's row keeps their unread count and
 * `listed_at`, the time of the last message while the conversation is in their list (NULL once
 * they deleted it), so a member's list is one range of `conversation_members_list`. `about_post_id`
 * has no foreign key: posts are never removed (deletion is soft), and the title is the one the
 * starter saw.
 */
export const messages: Migration = {
  name: '0012-messages',
  async up({ context: q }) {
    await q.createTable(
      'conversations',
      {
        id: primaryId(),
        open_key: { type: DataTypes.STRING(120), allowNull: true },
        subject_kind: { type: DataTypes.STRING(10), allowNull: false },
        subject_id: { ...id(), allowNull: true },
        starter_id: reference('users'),
        starter_anonymous: { type: DataTypes.BOOLEAN, allowNull: false },
        starter_label: { type: DataTypes.STRING(20), allowNull: true },
        recipient_id: reference('users'),
        recipient_anonymous: { type: DataTypes.BOOLEAN, allowNull: false },
        recipient_label: { type: DataTypes.STRING(20), allowNull: true },
        about_post_id: { ...id(), allowNull: true },
        about_title: { type: DataTypes.STRING(100), allowNull: true },
        last_message_id: { ...id(), allowNull: true },
        last_message_at: time(true),
        created_at: time(),
        closed_at: time(true),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('conversations', ['open_key'], { unique: true, name: 'conversations_open_key' });
    await q.addIndex('conversations', ['starter_id'], { name: 'conversations_starter' });
    await q.addIndex('conversations', ['recipient_id'], { name: 'conversations_recipient' });

    await q.createTable(
      'conversation_members',
      {
        conversation_id: { ...reference('conversations'), primaryKey: true },
        user_id: { ...reference('users'), primaryKey: true },
        unread_count: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        listed_at: time(true),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('conversation_members', ['user_id', 'listed_at', 'conversation_id'], {
      name: 'conversation_members_list',
    });

    await q.createTable(
      'messages',
      {
        id: primaryId(),
        conversation_id: reference('conversations'),
        sender_id: reference('users'),
        content: { type: DataTypes.TEXT, allowNull: false },
        sent_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('messages', ['conversation_id', 'sent_at', 'id'], {
      name: 'messages_conversation_page',
    });

    await q.createTable(
      'message_reports',
      {
        message_id: { ...reference('messages'), primaryKey: true },
        user_id: { ...reference('users'), primaryKey: true },
        reason: { type: DataTypes.STRING(20), allowNull: false },
        created_at: time(),
      },
      TABLE_OPTIONS,
    );
  },
  async down({ context: q }) {
    await q.dropTable('message_reports');
    await q.dropTable('messages');
    await q.dropTable('conversation_members');
    await q.dropTable('conversations');
  },
};
