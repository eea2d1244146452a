/**
 * The bare NestJS hello-world bench:http compares the app with: the same framework and HTTP
 * adapter on the same machine, one route, nothing else (no helmet, guards, logging, database).
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller()
class HelloController {
  @Get()
  hello() {
    return { status: 'ok' };
  }
}

@Module({ controllers: [HelloController] })
class BareModule {}

const app = await NestFactory.create(BareModule, { logger: false });
await app.listen(Number(process.env.PORT), '127.0.0.1');
