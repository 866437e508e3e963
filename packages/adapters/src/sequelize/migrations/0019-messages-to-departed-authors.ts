import { dialectOf } from '../database.js';
import { ACCOUNT_GONE, mysqlTrigger, sqliteTrigger } from './0014-account-deletion.js';
import type { Migration } from './migration.js';

/**
 * A conversation's recipient may be the author of kept content: anonymous content whose author
 * deleted their account is messaged as a live author who never answers (ADR 16, ADR 18), under the
 * id the content is kept under, which no account has. So 0015's insert trigger on
 * `conversations.recipient_id` accepts an id that is a live account or the author of a kept post
 * or comment (both columns lead an index: `posts_author`, `comments_author_post`).
 *
 * A conversation racing its recipient's deletion is still refused or re-keyed: the account's row
 * is read first, under a shared lock (MySQL), so the insert either holds it until it commits (the
 * deletion then waits and re-keys the conversation) or waits for the deletion and finds no row.
 * The content is then read by a locking read too, which sees the deletion's commit: the account's
 * content is re-keyed in that same transaction, so the old id authors nothing and is refused.
 * A live recipient is never looked for in the content.
 */
const NAME = 'conversations_recipient_id_live';

function mysqlRecipientTrigger(): string {
  return `CREATE TRIGGER ${NAME} BEFORE INSERT ON conversations FOR EACH ROW
    BEGIN
      DECLARE live INT;
      SELECT COUNT(*) INTO live FROM users WHERE id = NEW.recipient_id LOCK IN SHARE MODE;
      IF live = 0 THEN
        SELECT COUNT(*) INTO live FROM posts WHERE author_id = NEW.recipient_id LOCK IN SHARE MODE;
      END IF;
      IF live = 0 THEN
        SELECT COUNT(*) INTO live FROM comments WHERE author_id = NEW.recipient_id LOCK IN SHARE MODE;
      END IF;
      IF live = 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${ACCOUNT_GONE}'; END IF;
    END`;
}

function sqliteRecipientTrigger(): string {
  return `CREATE TRIGGER ${NAME} BEFORE INSERT ON conversations
    WHEN NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.recipient_id)
      AND NOT EXISTS (SELECT 1 FROM posts WHERE author_id = NEW.recipient_id)
      AND NOT EXISTS (SELECT 1 FROM comments WHERE author_id = NEW.recipient_id)
    BEGIN SELECT RAISE(ABORT, '${ACCOUNT_GONE}'); END`;
}

export const messagesToDepartedAuthors: Migration = {
  name: '0019-messages-to-departed-authors',
  async up({ context: q }) {
    const mysql = dialectOf(q.sequelize) === 'mysql';
    await q.sequelize.query(`DROP TRIGGER IF EXISTS ${NAME}`);
    await q.sequelize.query(mysql ? mysqlRecipientTrigger() : sqliteRecipientTrigger());
  },
  async down({ context: q }) {
    const mysql = dialectOf(q.sequelize) === 'mysql';
    await q.sequelize.query(`DROP TRIGGER IF EXISTS ${NAME}`);
    const restored = mysql ? mysqlTrigger : sqliteTrigger;
    await q.sequelize.query(restored('conversations', 'recipient_id', NAME));
  },
};
