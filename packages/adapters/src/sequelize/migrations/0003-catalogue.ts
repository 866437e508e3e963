import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, primaryId, reference, time, type Migration } from './migration.js';

const string = (length: number) => ({ type: DataTypes.STRING(length), allowNull: false });
const int = () => ({ type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 });

/** Friends, the course catalogue with reviews, and timetables. */
export const catalogue: Migration = {
  name: '0003-catalogue',
  async up({ context: q }) {
    await q.createTable(
      'friend_requests',
      {
        id: primaryId(),
        requester_id: reference('users'),
        addressee_id: reference('users'),
        // The pair in canonical order: one pending request per pair, whoever asked first.
        user_low: reference('users'),
        user_high: reference('users'),
        created_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('friend_requests', ['user_low', 'user_high'], {
      unique: true,
      name: 'friend_requests_pair_unique',
    });
    await q.addIndex('friend_requests', ['addressee_id', 'created_at'], { name: 'friend_requests_incoming' });
    await q.addIndex('friend_requests', ['requester_id', 'created_at'], { name: 'friend_requests_outgoing' });

    await q.createTable(
      'friendships',
      {
        user_low: { ...reference('users'), primaryKey: true },
        user_high: { ...reference('users'), primaryKey: true },
        since: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('friendships', ['user_high'], { name: 'friendships_high' });

    await q.createTable(
      'courses',
      {
        id: primaryId(),
        school_id: reference('schools'),
        semester: string(12),
        code: string(20),
        name: string(100),
        professor: string(50),
        credits: int(),
        times: { type: DataTypes.TEXT, allowNull: false },
        rating_sum: int(),
        review_count: int(),
        created_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('courses', ['school_id', 'semester', 'code'], {
      unique: true,
      name: 'courses_code_unique',
    });
    await q.addIndex('courses', ['school_id', 'semester', 'created_at', 'id'], { name: 'courses_catalogue' });
    await q.addIndex('courses', ['school_id', 'semester', 'professor'], { name: 'courses_professor' });

    await q.createTable(
      'reviews',
      {
        id: primaryId(),
        course_id: reference('courses'),
        author_id: reference('users'),
        rating: int(),
        content: { type: DataTypes.TEXT, allowNull: false },
        created_at: time(),
        updated_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('reviews', ['course_id', 'author_id'], { unique: true, name: 'reviews_one_per_user' });
    await q.addIndex('reviews', ['course_id', 'created_at', 'id'], { name: 'reviews_course' });

    await q.createTable(
      'timetables',
      {
        id: primaryId(),
        owner_id: reference('users'),
        semester: string(12),
        name: string(30),
        visibility: string(10),
        is_primary: { type: DataTypes.BOOLEAN, allowNull: false },
        created_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('timetables', ['owner_id', 'semester', 'name'], {
      unique: true,
      name: 'timetables_name_unique',
    });

    await q.createTable(
      'timetable_courses',
      {
        timetable_id: { ...reference('timetables'), primaryKey: true },
        course_id: { ...reference('courses'), primaryKey: true },
        added_at: time(),
      },
      TABLE_OPTIONS,
    );
  },
  async down({ context: q }) {
    for (const table of [
      'timetable_courses',
      'timetables',
      'reviews',
      'courses',
      'friendships',
      'friend_requests',
    ]) {
      await q.dropTable(table);
    }
  },
};
