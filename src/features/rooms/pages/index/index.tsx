import { ComingSoon } from '../../../../components/coming-soon'

export default function RoomsIndexPage() {
  return (
    <ComingSoon
      title="亲子小屋"
      summary="社区向日葵亲子小屋的免费亲子活动，0–3岁孩子和家长一起参加。"
      upcoming={[
        '附近小屋和未来14天的活动',
        '按孩子月龄预约，满员可候补',
        '签到码和我的预约',
        '指导员查看名单和签到',
      ]}
    />
  )
}
