import { memoryPorts } from '@campus/adapters/memory';
import { createUseCases } from '@campus/application';
import { UserId, type Actor } from '@campus/domain';

export async function embedExample() {
  const { identity, board } = createUseCases(memoryPorts({ secret: 'a secret of at least 32 bytes!!!' }).get);
  const admin: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };
  const school = await identity.createSchool.execute({ actor: admin, name: '한국대학교' });
  const inSchool = { actor: admin, schoolId: school.id };
  const physics = await identity.createDepartment.execute({ ...inSchool, name: '물리학과' });
  const free = await board.createBoard.execute({ ...inSchool, name: '자유게시판', description: '' });
  const kim = { username: 'kim_cs', password: 'correct horse battery', email: 'kim@example.com' };
  const signUp = { ...kim, nickname: '새내기', schoolId: school.id, departmentId: physics.id };
  const { user, accessToken } = await identity.signUp.execute(signUp);
  const { actor } = await identity.authenticate.execute({ accessToken });
  const hello = { actor, boardId: free.id, title: '안녕하세요', content: '첫 글' };
  const post = await board.createPost.execute(hello);
  const comment = await board.createComment.execute({ actor, postId: post.id, content: '반가워요' });
  return { nickname: user.nickname, school: user.school?.name, accessToken, post, comment };
}
