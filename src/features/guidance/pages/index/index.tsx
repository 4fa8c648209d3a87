import { ComingSoon } from '../../../../components/coming-soon'

export default function GuidanceIndexPage() {
  return (
    <ComingSoon
      title="优生优育"
      summary="家庭健康指导员为您挑选的科学育儿指导，按孕周和孩子月龄推送。"
      upcoming={[
        '按“我的阶段”推荐的文章',
        '按主题浏览和搜索',
        '收藏和分享',
        '指导员写作和发布',
      ]}
    />
  )
}
