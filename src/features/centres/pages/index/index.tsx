import { ComingSoon } from '../../../../components/coming-soon'

export default function CentresIndexPage() {
  return (
    <ComingSoon
      title="托育机构"
      summary="查找已备案的托育机构：按区域、托育类型、月龄、价格和空余托位筛选。"
      upcoming={[
        '关键词和多条件筛选',
        '机构详情、收费和托位',
        '一键拨号、导航和预约参观',
        '收藏机构',
      ]}
    />
  )
}
