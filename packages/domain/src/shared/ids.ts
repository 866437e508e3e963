declare const brand: unique symbol;
/** A string that the type system keeps apart from other strings. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type SchoolId = Brand<string, 'SchoolId'>;
export type DepartmentId = Brand<string, 'DepartmentId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type BoardId = Brand<string, 'BoardId'>;
export type PostId = Brand<string, 'PostId'>;
export type CommentId = Brand<string, 'CommentId'>;
export type FriendRequestId = Brand<string, 'FriendRequestId'>;
export type CourseId = Brand<string, 'CourseId'>;
export type ReviewId = Brand<string, 'ReviewId'>;
export type TimetableId = Brand<string, 'TimetableId'>;

export const UserId = (value: string) => value as UserId;
export const SchoolId = (value: string) => value as SchoolId;
export const DepartmentId = (value: string) => value as DepartmentId;
export const SessionId = (value: string) => value as SessionId;
export const BoardId = (value: string) => value as BoardId;
export const PostId = (value: string) => value as PostId;
export const CommentId = (value: string) => value as CommentId;
export const FriendRequestId = (value: string) => value as FriendRequestId;
export const CourseId = (value: string) => value as CourseId;
export const ReviewId = (value: string) => value as ReviewId;
export const TimetableId = (value: string) => value as TimetableId;
