import type { UseCases } from '@campus/application';
import type { Actor } from '@campus/domain';

/** A post the demo made, with its author and whether it is anonymous. */
export interface SeededPost {
  id: string;
  author: Actor;
  anonymous: boolean;
}

/**
 * Conversations the first demo member can open at once: one named, by username, with a reply; one
 * where someone wrote to them anonymously about their post; and one they started, by name, with
 * the author of someone else's anonymous post, who stays `익명` to them.
 */
export async function seedDemoMessages(
  campus: UseCases,
  members: readonly Actor[],
  usernames: readonly string[],
  posts: readonly SeededPost[],
): Promise<void> {
  const [me, friend, stranger] = [members[0]!, members[1]!, members[2]!];
  const { messages } = campus;
  const named = await messages.sendMessage.execute({
    actor: friend,
    toUsername: usernames[0]!,
    content: '이번 주 스터디 몇 시에 만나요?',
    isAnonymous: false,
  });
  await messages.replyInConversation.execute({
    actor: me,
    conversationId: named.conversation.id,
    content: '목요일 7시 도서관 어때요?',
  });
  const mine = posts.find((p) => p.author.id === me.id);
  if (mine)
    await messages.sendMessage.execute({
      actor: stranger,
      postId: mine.id,
      content: '글 보고 연락드려요. 혹시 자세히 여쭤봐도 될까요?',
    });
  const theirs = posts.find((p) => p.anonymous && p.author.id !== me.id);
  if (theirs)
    await messages.sendMessage.execute({
      actor: me,
      postId: theirs.id,
      content: '좋은 정보 감사합니다!',
      isAnonymous: false,
    });
}
