// What residents are told back (消息) and what they may take back (我的数据): kinds, limits, names. The app imports these.

/** The three events that close the loop: a need linked to a project, a comment answered, a joined project moving a stage. */
export const MESSAGE_KINDS = ['need_linked', 'feedback_replied', 'stage_moved'] as const;
export type TMessageKind = (typeof MESSAGE_KINDS)[number];

/** Pages of listMessages: `limit` defaults to `default`, at most `max`. */
export const MESSAGES_PAGE = { default: 20, max: 50 } as const;
/** markMessagesRead takes at most this many ids at once. */
export const MARK_READ_MAX = 50;
/** getMyData lists at most this many of each kind (needs, comments, roles), newest first. */
export const MY_DATA_MAX = 200;
