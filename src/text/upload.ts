// Chinese text of choosing and uploading files (evidence, activity photos).
export const UPLOAD_TEXT = {
  typeRefused: (name: string) => `“${name}”不是可上传的类型：只能上传图片（JPEG、PNG、WebP、GIF）、PDF、Word 或 Excel 文件`,
  imagesOnly: (name: string) => `“${name}”不是图片，活动照片只能是图片`,
  tooLarge: (name: string, mb: number) => `“${name}”超过 ${mb} MB，请压缩后再上传`,
  failed: (name: string) => `“${name}”上传失败，请检查网络后重试`,
  tooMany: (max: number) => `最多 ${max} 个，已选满`,
  uploading: (n: number) => `正在上传 ${n} 个文件…`,
  choosePhotos: '拍照或从相册选择',
  chooseFiles: '从聊天记录选择文件',
  chooseLabel: '选择照片或文件',
  choosePhotoLabel: '选择照片',
  remove: '移除',
} as const;
