import { ComingSoon } from '../../../../components/coming-soon'

export default function HelpIndexPage() {
  return (
    <ComingSoon
      title="暖心服务"
      summary="计生特殊家庭的求助和走访服务，由您的两位双岗联系人负责。"
      upcoming={[
        '一键联系双岗联系人',
        '提交精神慰藉、走访慰问、志愿服务等求助',
        '查看处理进度并评价',
        '联系人处理求助和回访',
      ]}
    />
  )
}
