import type { Container } from 'inversify';
import {
  ChangePassword,
  CreateBoard,
  CreateComment,
  CreatePost,
  DeleteComment,
  DeletePost,
  GetPost,
  LikeComment,
  LikePost,
  ListBestPosts,
  ListBoardPosts,
  ListBoards,
  ListComments,
  ListHotPosts,
  ListMyCommented,
  ListMyPosts,
  ListMyScraps,
  ReportComment,
  ReportPost,
  ScrapPost,
  SearchSchoolPosts,
  UnscrapPost,
  UpdateComment,
  UpdatePost,
  CreateDepartment,
  CreateSchool,
  GetMe,
  GetUserProfile,
  ListDepartments,
  ListSchools,
  LogIn,
  LogOut,
  RefreshSession,
  SignUp,
  UpdateMe,
} from '@campus/application';
import type { AnyRoute } from '../http/route.js';
import { boardRoutes } from './boards.routes.js';
import { identityRoutes } from './identity.routes.js';
import { postRoutes } from './posts.routes.js';
import { schoolRoutes } from './schools.routes.js';

/** Every route of the API, with its use cases resolved once, here, when the router is built. */
export function allRoutes(c: Container): AnyRoute[] {
  return [
    ...identityRoutes({
      signUp: c.get(SignUp),
      logIn: c.get(LogIn),
      refreshSession: c.get(RefreshSession),
      logOut: c.get(LogOut),
      getMe: c.get(GetMe),
      updateMe: c.get(UpdateMe),
      changePassword: c.get(ChangePassword),
      getUserProfile: c.get(GetUserProfile),
    }),
    ...schoolRoutes({
      listSchools: c.get(ListSchools),
      createSchool: c.get(CreateSchool),
      listDepartments: c.get(ListDepartments),
      createDepartment: c.get(CreateDepartment),
    }),
    ...boardRoutes({
      listBoards: c.get(ListBoards),
      createBoard: c.get(CreateBoard),
      listBoardPosts: c.get(ListBoardPosts),
      searchSchoolPosts: c.get(SearchSchoolPosts),
      listHotPosts: c.get(ListHotPosts),
      listBestPosts: c.get(ListBestPosts),
      listMyPosts: c.get(ListMyPosts),
      listMyCommented: c.get(ListMyCommented),
      listMyScraps: c.get(ListMyScraps),
    }),
    ...postRoutes({
      createPost: c.get(CreatePost),
      getPost: c.get(GetPost),
      updatePost: c.get(UpdatePost),
      deletePost: c.get(DeletePost),
      likePost: c.get(LikePost),
      scrapPost: c.get(ScrapPost),
      unscrapPost: c.get(UnscrapPost),
      reportPost: c.get(ReportPost),
      listComments: c.get(ListComments),
      createComment: c.get(CreateComment),
      updateComment: c.get(UpdateComment),
      deleteComment: c.get(DeleteComment),
      likeComment: c.get(LikeComment),
      reportComment: c.get(ReportComment),
    }),
  ];
}
