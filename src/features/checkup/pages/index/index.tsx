import { ComingSoon } from '../../../../components/coming-soon'

export default function CheckupIndexPage() {
  return (
    <ComingSoon
      title="婚孕检"
      summary="了解免费婚前医学检查、孕前优生健康检查和产前检查：谁可以做、查什么、带什么、去哪里。"
      upcoming={[
        '三项检查的对象、项目、准备和费用',
        '按区查找指定机构，一键拨号和导航',
        '“我能做哪些检查”自助判断',
        '我的孕期时间轴和产检提醒',
      ]}
    />
  )
}
