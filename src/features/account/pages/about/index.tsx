import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { SERVICE_ENTRIES } from '@/service-entries'

const APP_VERSION = '0.1.0'

export default function AboutPage() {
  return (
    <PageShell>
      <Text className="page-title">家庭服务</Text>
      <Text className="text-secondary block">{`版本 ${APP_VERSION}（演示版）`}</Text>
      <View className="card">
        <Text className="block">
          家庭服务是计划生育协会面向育龄家庭、家庭健康指导员和计生特殊家庭的服务小程序，落实“优化生育政策、促进人口长期均衡发展”的要求，把婚孕检、科学育儿、亲子活动、托育和暖心帮扶放在一个入口。
        </Text>
      </View>
      <View className="card">
        <Text className="heading">服务内容</Text>
        {SERVICE_ENTRIES.map((entry) => (
          <Text key={entry.label} className="block">{`${entry.label}：${entry.summary}`}</Text>
        ))}
      </View>
      <View className="card">
        <Text className="heading">说明</Text>
        <Text className="block">演示版本中的人员、机构、电话和地址均为模拟数据，请勿拨打或前往。</Text>
        <Text className="block">服务内容参考国家卫生健康委、中国计生协关于优化生育政策、完善生育支持的有关文件。</Text>
      </View>
    </PageShell>
  )
}
