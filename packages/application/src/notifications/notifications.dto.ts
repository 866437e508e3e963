import type { NotificationState, NotificationTarget, NotificationType } from '@campus/domain';

export interface NotificationDto {
  id: string;
  type: NotificationType;
  text: string;
  target: NotificationTarget;
  isRead: boolean;
  createdAt: Date;
}

/** The recipient's view: never who they are, nor anything the text does not already say. */
export function toNotificationDto(state: NotificationState): NotificationDto {
  return {
    id: state.id,
    type: state.type,
    text: state.text,
    target: { ...state.target },
    isRead: state.readAt !== null,
    createdAt: state.createdAt,
  };
}
