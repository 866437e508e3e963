import { dialectOf } from '../database.js';
import type { Migration } from './migration.js';

/**
 * On MySQL, a post's comments are stored together, in the order they are read. InnoDB keeps a
 * table's rows in its primary key's order: by `id`, a post's comments lay wherever the comments
 * of every other post written in between left them, and reading a post's 50 comments meant the
 * `comments_post` index and then 50 lookups of the rows, on up to 50 pages. With the primary key
 * `(post_id, created_at, id)` they are one range of one or two pages, read in the order the
 * thread shows them; `id` stays unique (and the target of every foreign key) through its own
 * index. Nothing changes on SQLite, whose tables this does not describe.
 */
export const commentsByPost: Migration = {
  name: '0004-comments-by-post',
  async up({ context: q }) {
    if (dialectOf(q.sequelize) !== 'mysql') return;
    await q.sequelize.query(
      `ALTER TABLE comments
         ADD UNIQUE KEY comments_id_unique (id),
         DROP PRIMARY KEY,
         ADD PRIMARY KEY (post_id, created_at, id),
         DROP INDEX comments_post`,
    );
  },
  async down({ context: q }) {
    if (dialectOf(q.sequelize) !== 'mysql') return;
    await q.sequelize.query(
      `ALTER TABLE comments
         ADD INDEX comments_post (post_id, created_at, id),
         DROP PRIMARY KEY,
         ADD PRIMARY KEY (id),
         DROP INDEX comments_id_unique`,
    );
  },
};
