package cn.gridbot.app;

import java.time.Clock;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication(scanBasePackages = "cn.gridbot")
@ConfigurationPropertiesScan("cn.gridbot")
@MapperScan(basePackages = "cn.gridbot", annotationClass = Mapper.class)
public class GridBotApplication {

    public static void main(String[] args) {
        XmlParsers.pinJdkDefaults();
        SpringApplication.run(GridBotApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
